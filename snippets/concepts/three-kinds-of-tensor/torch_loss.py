# --8<-- [start:torch_loss]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(32, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
calls = []


def looking_loss(y_true, y_pred):
    if y_pred.device.type == "meta":  # shapes only: no values to read
        calls.append(("meta", y_pred.requires_grad, "no values"))
    else:
        values = keras.ops.convert_to_numpy(y_pred)  # or y_pred.detach().cpu().numpy()
        try:
            y_pred.numpy()
            plain = "works"
        except RuntimeError as error:  # a tensor that requires grad
            plain = type(error).__name__
        ones = bool((values == 1).all())
        calls.append((y_pred.device.type, y_pred.requires_grad, f"all ones: {ones!s:5} | .numpy(): {plain}"))
    y_pred.sum().item()  # needs values: raises on meta, and Keras calls the loss again
    return keras.ops.mean((y_true - y_pred) ** 2, axis=-1)


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss=looking_loss)
history = model.fit(x, y, epochs=1, batch_size=32, verbose=0)
for device, requires_grad, values in calls:
    print(f"device={device:5} requires_grad={requires_grad!s:5} {values}")
# --8<-- [end:torch_loss]

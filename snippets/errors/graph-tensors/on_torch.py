# PyTorch blocks of docs/errors/graph-tensors.md: they run with KERAS_BACKEND=torch, as one script.

# --8<-- [start:print_in_loss]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(4, 3).astype("float32")  # 4 samples: each print shows a batch of values
y = x.sum(axis=1, keepdims=True)


def mse_with_print(y_true, y_pred):
    print("print:", y_pred)
    return keras.ops.mean((y_true - y_pred) ** 2)


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=mse_with_print)
losses = model.fit(x, y, epochs=1, batch_size=2, verbose=0).history["loss"]
print(keras.backend.backend(), "| finite:", bool(np.isfinite(losses).all()))
# --8<-- [end:print_in_loss]

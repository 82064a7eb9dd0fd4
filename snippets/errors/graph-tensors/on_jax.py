# JAX blocks of docs/errors/graph-tensors.md: they run with KERAS_BACKEND=jax, as one script.

# --8<-- [start:print_in_loss]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def mse_with_print(y_true, y_pred):
    print("print:", y_pred)
    return keras.ops.mean((y_true - y_pred) ** 2)


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=mse_with_print)
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
finite = bool(np.isfinite(losses).all())
print(keras.backend.backend(), "| finite:", finite, "| decreased:", losses[-1] < losses[0])
# --8<-- [end:print_in_loss]

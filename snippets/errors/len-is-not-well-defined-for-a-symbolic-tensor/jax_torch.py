# Runs with KERAS_BACKEND=jax and KERAS_BACKEND=torch: len() of the batch is a Python int there.
# --8<-- [start:reproduce]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def mean_squared(y_true, y_pred):
    return keras.ops.sum(keras.ops.square(y_true - y_pred)) / len(y_pred)  # len of the batch


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss=mean_squared)
history = model.fit(x, y, epochs=5, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:reproduce]

# --8<-- [start:run_eagerly]
import keras
import numpy as np

x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def numpy_loss(y_true, y_pred):
    return np.mean(np.square(y_true - y_pred), axis=-1)  # NumPy on the batch's tensors


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=numpy_loss, run_eagerly=True)  # the values exist now
model.fit(x, y, epochs=1, batch_size=16, verbose=0)
# --8<-- [end:run_eagerly]

# --8<-- [start:reproduce]
import os
import tempfile

import keras


def scaled_mse(y_true, y_pred):
    return 10.0 * keras.ops.mean(keras.ops.square(y_true - y_pred))


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=scaled_mse)
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.h5")
    model.save(path)  # stores the loss by its name, "scaled_mse"
    keras.models.load_model(path)
# --8<-- [end:reproduce]
# --8<-- [start:recompile]
import os
import tempfile

import keras
import numpy as np


def scaled_mse(y_true, y_pred):
    return 10.0 * keras.ops.mean(keras.ops.square(y_true - y_pred))


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=scaled_mse)
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.h5")
    model.save(path)
    loaded = keras.models.load_model(path, compile=False)  # architecture and weights only
loaded.compile(optimizer="adam", loss=scaled_mse)
losses = loaded.fit(x, y, epochs=5, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:recompile]

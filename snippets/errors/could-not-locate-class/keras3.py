# --8<-- [start:reproduce]
import os
import tempfile

import keras


class ScaledMSE(keras.losses.Loss):
    def call(self, y_true, y_pred):
        return 10.0 * keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=ScaledMSE())
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.keras")
    model.save(path)
    keras.models.load_model(path)
# --8<-- [end:reproduce]
# --8<-- [start:function]
import os
import tempfile

import keras


def scaled_mse(y_true, y_pred):
    return 10.0 * keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=scaled_mse)
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.keras")
    model.save(path)
    keras.models.load_model(path)
# --8<-- [end:function]
# --8<-- [start:fix]
import os
import tempfile

import keras
import numpy as np


@keras.saving.register_keras_serializable(package="my_losses")
class ScaledMSE(keras.losses.Loss):
    def call(self, y_true, y_pred):
        return 10.0 * keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=ScaledMSE())
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.keras")
    model.save(path)
    loaded = keras.models.load_model(path)  # finds "my_losses>ScaledMSE" in the registry
losses = loaded.fit(x, y, epochs=5, batch_size=16, verbose=0).history["loss"]
print(type(loaded.loss).__name__)
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]

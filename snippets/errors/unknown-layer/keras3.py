# --8<-- [start:reproduce]
import os
import tempfile

import keras


class Scale(keras.layers.Layer):
    def call(self, x):
        return x * 2.0


inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(Scale()(inputs)))
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.h5")
    model.save(path)  # the legacy HDF5 format stores the layer's class name only
    keras.models.load_model(path)
# --8<-- [end:reproduce]
# --8<-- [start:fix]
import os
import tempfile

import keras
import numpy as np


class Scale(keras.layers.Layer):
    def call(self, x):
        return x * 2.0


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(Scale()(inputs)))
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.h5")
    model.save(path)
    loaded = keras.models.load_model(path, custom_objects={"Scale": Scale})
loaded.compile(optimizer="adam", loss="mean_squared_error")
losses = loaded.fit(x, y, epochs=5, batch_size=16, verbose=0).history["loss"]
print([type(layer).__name__ for layer in loaded.layers])
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]
# --8<-- [start:register]
import os
import tempfile

import keras
import numpy as np


@keras.saving.register_keras_serializable(package="my_layers")
class Scale(keras.layers.Layer):
    def call(self, x):
        return x * 2.0


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(Scale()(inputs)))
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.keras")
    model.save(path)
    loaded = keras.models.load_model(path)  # finds "my_layers>Scale" in the registry
loaded.compile(optimizer="adam", loss="mean_squared_error")
losses = loaded.fit(x, y, epochs=5, batch_size=16, verbose=0).history["loss"]
print([type(layer).__name__ for layer in loaded.layers])
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:register]

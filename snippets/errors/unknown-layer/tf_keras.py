# Runs with TF_USE_LEGACY_KERAS=1: `tf.keras` is tf-keras (Keras 2).
# --8<-- [start:reproduce]
import os
import tempfile

import tensorflow as tf


class Scale(tf.keras.layers.Layer):
    def call(self, x):
        return x * 2.0


inputs = tf.keras.Input(shape=(3,))
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(Scale()(inputs)))
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.h5")
    model.save(path)  # the legacy HDF5 format stores the layer's class name only
    tf.keras.models.load_model(path)
# --8<-- [end:reproduce]
# --8<-- [start:fix]
import os
import tempfile

import numpy as np
import tensorflow as tf


class Scale(tf.keras.layers.Layer):
    def call(self, x):
        return x * 2.0


tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = tf.keras.Input(shape=(3,))
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(Scale()(inputs)))
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.h5")
    model.save(path)
    loaded = tf.keras.models.load_model(path, custom_objects={"Scale": Scale})
loaded.compile(optimizer="adam", loss="mean_squared_error")
losses = loaded.fit(x, y, epochs=5, batch_size=16, verbose=0).history["loss"]
print([type(layer).__name__ for layer in loaded.layers])
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]
# --8<-- [start:register]
import os
import tempfile

import numpy as np
import tensorflow as tf


@tf.keras.saving.register_keras_serializable(package="my_layers")
class Scale(tf.keras.layers.Layer):
    def call(self, x):
        return x * 2.0


tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = tf.keras.Input(shape=(3,))
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(Scale()(inputs)))
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.keras")
    model.save(path)
    loaded = tf.keras.models.load_model(path)  # finds "my_layers>Scale" in the registry
loaded.compile(optimizer="adam", loss="mean_squared_error")
losses = loaded.fit(x, y, epochs=5, batch_size=16, verbose=0).history["loss"]
print([type(layer).__name__ for layer in loaded.layers])
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:register]

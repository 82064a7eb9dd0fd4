# Runs on TensorFlow 2.3 and 2.5 (Python 3.8), with their built-in tf.keras.
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
    model.save(path)
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


np.random.seed(0)
tf.random.set_seed(0)
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
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]

# Runs on TensorFlow 2.3 and 2.5 (Python 3.8), with their built-in tf.keras.
# --8<-- [start:reproduce]
import os
import tempfile

import tensorflow as tf


def scaled_mse(y_true, y_pred):
    return 10.0 * tf.reduce_mean(tf.square(y_true - y_pred))


model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=scaled_mse)
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.h5")
    model.save(path)  # stores the loss by its name, "scaled_mse"
    tf.keras.models.load_model(path)
# --8<-- [end:reproduce]
# --8<-- [start:fix]
import os
import tempfile

import numpy as np
import tensorflow as tf


def scaled_mse(y_true, y_pred):
    return 10.0 * tf.reduce_mean(tf.square(y_true - y_pred))


np.random.seed(0)
tf.random.set_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=scaled_mse)
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.h5")
    model.save(path)
    loaded = tf.keras.models.load_model(path, custom_objects={"scaled_mse": scaled_mse})
losses = loaded.fit(x, y, epochs=5, batch_size=16, verbose=0).history["loss"]
print(loaded.loss.__name__)
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]

# Runs with TF_USE_LEGACY_KERAS=1: `tf.keras` is tf-keras (Keras 2).
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


tf.keras.utils.set_random_seed(0)
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
# --8<-- [start:recompile]
import os
import tempfile

import numpy as np
import tensorflow as tf


def scaled_mse(y_true, y_pred):
    return 10.0 * tf.reduce_mean(tf.square(y_true - y_pred))


tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=scaled_mse)
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.h5")
    model.save(path)
    loaded = tf.keras.models.load_model(path, compile=False)  # architecture and weights only
loaded.compile(optimizer="adam", loss=scaled_mse)
losses = loaded.fit(x, y, epochs=5, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:recompile]

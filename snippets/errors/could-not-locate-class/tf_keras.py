# Runs with TF_USE_LEGACY_KERAS=1: `tf.keras` is tf-keras (Keras 2).
# --8<-- [start:reproduce]
import os
import tempfile

import tensorflow as tf


class ScaledMSE(tf.keras.losses.Loss):
    def call(self, y_true, y_pred):
        return 10.0 * tf.reduce_mean(tf.square(y_true - y_pred), axis=-1)


model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=ScaledMSE())
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.keras")
    model.save(path)
    tf.keras.models.load_model(path)
# --8<-- [end:reproduce]
# --8<-- [start:function]
import os
import tempfile

import tensorflow as tf


def scaled_mse(y_true, y_pred):
    return 10.0 * tf.reduce_mean(tf.square(y_true - y_pred), axis=-1)


model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=scaled_mse)
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.keras")
    model.save(path)
    tf.keras.models.load_model(path)
# --8<-- [end:function]
# --8<-- [start:fix]
import os
import tempfile

import numpy as np
import tensorflow as tf


@tf.keras.saving.register_keras_serializable(package="my_losses")
class ScaledMSE(tf.keras.losses.Loss):
    def call(self, y_true, y_pred):
        return 10.0 * tf.reduce_mean(tf.square(y_true - y_pred), axis=-1)


tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=ScaledMSE())
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.keras")
    model.save(path)
    loaded = tf.keras.models.load_model(path)  # finds "my_losses>ScaledMSE" in the registry
losses = loaded.fit(x, y, epochs=5, batch_size=16, verbose=0).history["loss"]
print(type(loaded.loss).__name__)
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]

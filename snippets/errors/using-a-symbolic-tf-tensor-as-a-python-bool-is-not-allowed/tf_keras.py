# Runs with TF_USE_LEGACY_KERAS=1: `tf.keras` is tf-keras (Keras 2).
# --8<-- [start:reproduce]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def clipped_loss(y_true, y_pred):
    error = tf.abs(y_true - y_pred)
    if tf.reduce_mean(error) > 1.0:  # AutoGraph turns this `if` into tf.cond
        return tf.reduce_mean(error)
    return tf.reduce_mean(tf.square(error))


model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=clipped_loss)
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:reproduce]

# --8<-- [start:in_call]
import tensorflow as tf


class FlipIfNegative(tf.keras.layers.Layer):
    def call(self, h):
        if tf.reduce_mean(h) < 0:  # AutoGraph turns this `if` into tf.cond
            return -h
        return h


model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), FlipIfNegative(), tf.keras.layers.Dense(1)])
print(model.output_shape)
# --8<-- [end:in_call]

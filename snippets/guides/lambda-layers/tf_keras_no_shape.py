# Lambda layers, tf-keras (TF_USE_LEGACY_KERAS=1): a Lambda whose output shape is unknown.

# --8<-- [start:no_shape]
import numpy as np
import tensorflow as tf


def numpy_log1p(t):  # runs in Python on each batch's values
    return np.log1p(t.numpy())


inputs = tf.keras.Input(shape=(3,))
logs = tf.keras.layers.Lambda(lambda t: tf.py_function(numpy_log1p, [t], tf.float32))(inputs)
print("Lambda output:", logs.shape)
# --8<-- [end:no_shape]

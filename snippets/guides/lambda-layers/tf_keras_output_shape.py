# Lambda layers, tf-keras (TF_USE_LEGACY_KERAS=1): output_shape does not set the tensor's shape.

# --8<-- [start:output_shape]
import numpy as np
import tensorflow as tf


def numpy_log1p(t):
    return np.log1p(t.numpy())


inputs = tf.keras.Input(shape=(3,))
in_python = tf.keras.layers.Lambda(lambda t: tf.py_function(numpy_log1p, [t], tf.float32), output_shape=(3,))
logs = in_python(inputs)
print("Lambda output:", logs.shape)
tf.keras.layers.Dense(1)(logs)
# --8<-- [end:output_shape]

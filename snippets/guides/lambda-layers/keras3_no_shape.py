# Lambda layers, Keras 3: a Lambda whose output shape Keras cannot infer.

# --8<-- [start:no_shape]
import keras
import numpy as np
import tensorflow as tf


def numpy_log1p(t):  # runs in Python on each batch's values
    return np.log1p(t.numpy())


inputs = keras.Input(shape=(3,))
logs = keras.layers.Lambda(lambda t: tf.py_function(numpy_log1p, [t], tf.float32))(inputs)
# --8<-- [end:no_shape]

# --8<-- [start:reproduce]
import keras
import tensorflow as tf


@tf.function
def scale(t):
    return t * 2.0


inputs = keras.Input(shape=(3,), name="features")
scaled = scale(inputs)
# --8<-- [end:reproduce]

# --8<-- [start:tf_op_on_input]
import keras
import tensorflow as tf

inputs = keras.Input(shape=(3,))
squared = tf.square(inputs)
# --8<-- [end:tf_op_on_input]

# --8<-- [start:reproduce]
import tensorflow as tf
import tf_keras

inputs = tf_keras.Input(shape=(3,))
squared = tf.square(inputs)  # tf-keras turns the call into a layer of the model
print(type(squared).__name__, squared.shape, "| layer:", squared.node.layer.name)
# --8<-- [end:reproduce]

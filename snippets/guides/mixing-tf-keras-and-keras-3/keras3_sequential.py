# --8<-- [start:sequential]
import keras
import tensorflow as tf
import tf_keras


class StandInHubLayer(tf_keras.layers.Layer):  # as above: a tf-keras layer
    def __init__(self, trainable=False, **kwargs):
        super().__init__(trainable=trainable, **kwargs)
        self.kernel = tf.Variable(tf.random.stateless_normal((4, 8), seed=(0, 0)), name="kernel")

    def call(self, inputs):
        return tf.tanh(tf.matmul(inputs, self.kernel))


model = keras.Sequential([keras.Input(shape=(4,)), StandInHubLayer(), keras.layers.Dense(1)])
# --8<-- [end:sequential]

# --8<-- [start:stand_in]
import keras
import numpy as np
import tensorflow as tf
import tf_keras


class StandInHubLayer(tf_keras.layers.Layer):  # stand-in for hub.KerasLayer: a tf-keras layer
    def __init__(self, trainable=False, **kwargs):  # hub.KerasLayer's default: trainable=False
        super().__init__(trainable=trainable, **kwargs)
        # hub.KerasLayer loads its variables from a SavedModel; these are made up, no download
        self.kernel = tf.Variable(tf.random.stateless_normal((4, 8), seed=(0, 0)), name="kernel")

    def call(self, inputs):
        return tf.tanh(tf.matmul(inputs, self.kernel))


layer = StandInHubLayer()
print("tf-keras layer:", isinstance(layer, tf_keras.layers.Layer),
      "| Keras 3 layer:", isinstance(layer, keras.layers.Layer))  # fmt: skip
print("on an array:", layer(np.ones((2, 4), "float32")).shape)
# --8<-- [end:stand_in]

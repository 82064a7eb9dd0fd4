# --8<-- [start:wrap]
import keras
import numpy as np
import tensorflow as tf
import tf_keras


class StandInHubLayer(tf_keras.layers.Layer):  # as above: a tf-keras layer
    def __init__(self, trainable=False, **kwargs):
        super().__init__(trainable=trainable, **kwargs)
        self.kernel = tf.Variable(tf.random.stateless_normal((4, 8), seed=(0, 0)), name="kernel")

    def call(self, inputs):
        return tf.tanh(tf.matmul(inputs, self.kernel))


class WrapTfKeras(keras.layers.Layer):  # a Keras 3 layer that calls the tf-keras one
    def __init__(self, inner, **kwargs):
        super().__init__(**kwargs)
        self.inner = inner

    def call(self, x):  # TensorFlow backend only: the inner layer runs TensorFlow ops
        return self.inner(x)


keras.utils.set_random_seed(0)
x = np.random.rand(64, 4).astype("float32")
y = x.sum(axis=1, keepdims=True)
hub_layer = StandInHubLayer()
inputs = keras.Input(shape=(4,))
model = keras.Model(inputs, keras.layers.Dense(1)(WrapTfKeras(hub_layer)(inputs)))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mse")
before = hub_layer.kernel.numpy().copy()
h = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(h[-1])), "| decreased:", h[-1] < h[0])
print("weights Keras 3 sees:", [w.path for w in model.weights])
print("tf-keras layer's kernel unchanged:", np.array_equal(before, hub_layer.kernel.numpy()))
# --8<-- [end:wrap]

# --8<-- [start:port]
import keras
import numpy as np
import tensorflow as tf


class PortedHubLayer(keras.layers.Layer):  # the same computation as a Keras 3 layer
    def __init__(self, kernel, **kwargs):
        super().__init__(**kwargs)
        self.kernel = self.add_weight(shape=kernel.shape, initializer=keras.initializers.Constant(kernel))

    def call(self, inputs):
        return keras.ops.tanh(keras.ops.matmul(inputs, self.kernel))


keras.utils.set_random_seed(0)
x = np.random.rand(64, 4).astype("float32")
y = x.sum(axis=1, keepdims=True)
pretrained = tf.random.stateless_normal((4, 8), seed=(0, 0)).numpy()  # the stand-in's weights
inputs = keras.Input(shape=(4,))
model = keras.Model(inputs, keras.layers.Dense(1)(PortedHubLayer(pretrained)(inputs)))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mse")
h = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(h[-1])), "| decreased:", h[-1] < h[0])
print("trainable weights:", len(model.trainable_weights))
# --8<-- [end:port]

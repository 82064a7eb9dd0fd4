# --8<-- [start:which_keras]
import keras
import tensorflow as tf
import tf_keras

print("tf.keras is tf-keras:", tf.keras.layers.Dense is tf_keras.layers.Dense)
print("import keras is Keras 3:", keras.__version__.startswith("3."))
print("the same Dense:", keras.layers.Dense is tf.keras.layers.Dense)
# --8<-- [end:which_keras]

# --8<-- [start:all_tf_keras]
import numpy as np
import tensorflow as tf


class StandInHubLayer(tf.keras.layers.Layer):  # tf.keras is tf-keras here, as for hub.KerasLayer
    def __init__(self, trainable=False, **kwargs):
        super().__init__(trainable=trainable, **kwargs)
        self.kernel = tf.Variable(tf.random.stateless_normal((4, 8), seed=(0, 0)), name="kernel")

    def call(self, inputs):
        return tf.tanh(tf.matmul(inputs, self.kernel))


tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 4).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = tf.keras.Input(shape=(4,))  # tf.keras everywhere: Input, layers, Model, optimizer
outputs = tf.keras.layers.Dense(1)(StandInHubLayer()(inputs))
model = tf.keras.Model(inputs, outputs)
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss="mse")
h = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(h[-1])), "| decreased:", h[-1] < h[0])
# --8<-- [end:all_tf_keras]

# --8<-- [start:keras3_input]
import keras  # still Keras 3
import tensorflow as tf


class StandInHubLayer(tf.keras.layers.Layer):  # a tf-keras layer
    def __init__(self, trainable=False, **kwargs):
        super().__init__(trainable=trainable, **kwargs)
        self.kernel = tf.Variable(tf.random.stateless_normal((4, 8), seed=(0, 0)), name="kernel")

    def call(self, inputs):
        return tf.tanh(tf.matmul(inputs, self.kernel))


inputs = keras.Input(shape=(4,))  # a Keras 3 Input in a tf-keras program
features = StandInHubLayer(name="hub_layer")(inputs)
# --8<-- [end:keras3_input]

# --8<-- [start:silent]
import keras  # Keras 3
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 4).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = tf.keras.Input(shape=(4,))  # tf-keras
outputs = keras.layers.Dense(1)(inputs)  # a Keras 3 layer on a tf-keras KerasTensor: no error
model = tf.keras.Model(inputs, outputs)
print("layers:", [type(layer).__name__ for layer in model.layers])
print("trainable weights:", len(model.trainable_weights))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss="mse")
h = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(h[-1])), "| loss changed:", h[-1] != h[0])
# --8<-- [end:silent]

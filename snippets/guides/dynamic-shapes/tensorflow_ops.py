# --8<-- [start:keras3]
import keras
import tensorflow as tf

inputs = keras.Input(shape=(6,))
tf.shape(inputs)  # a TensorFlow op on a Keras 3 KerasTensor
# --8<-- [end:keras3]

# --8<-- [start:tf_keras]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(50, 6).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = tf.keras.Input(shape=(6,))
print("inputs.shape:", inputs.shape, "| tf.shape(inputs):", type(tf.shape(inputs)).__name__)
pairs = tf.reshape(inputs, (tf.shape(inputs)[0], 2, 3))  # tf-keras makes it a TFOpLambda layer
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(tf.keras.layers.Flatten()(pairs)))
print("layers:", [type(layer).__name__ for layer in model.layers])
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss="mse")
h = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(h[-1])), "| decreased:", h[-1] < h[0])
# --8<-- [end:tf_keras]

# --8<-- [start:keras3_layer]
import keras
import numpy as np
import tensorflow as tf


class TfPairs(keras.layers.Layer):  # TensorFlow ops in call: TensorFlow backend only
    def call(self, x):
        return tf.reshape(x, (tf.shape(x)[0], 2, 3))  # tf.shape: this batch's shape, at run time


keras.utils.set_random_seed(0)
x = np.random.rand(50, 6).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = keras.Input(shape=(6,))
model = keras.Model(inputs, keras.layers.Dense(1)(keras.layers.Flatten()(TfPairs()(inputs))))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mse")
h = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(h[-1])), "| decreased:", h[-1] < h[0])
# --8<-- [end:keras3_layer]

# --8<-- [start:keras3]
import keras
import numpy as np
from keras import ops


class ActivityPenalty(keras.layers.Layer):  # a loss on an intermediate tensor, without graph mode
    def call(self, hidden):
        self.add_loss(0.01 * ops.mean(ops.square(hidden)))
        return hidden


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = keras.Input(shape=(3,))
hidden = ActivityPenalty()(keras.layers.Dense(4)(inputs))
model = keras.Model(inputs, keras.layers.Dense(1)(hidden))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mse")
h = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(h[-1])), "| decreased:", h[-1] < h[0])
# --8<-- [end:keras3]

# --8<-- [start:tf_keras]
import numpy as np
import tensorflow as tf


class ActivityPenalty(tf.keras.layers.Layer):  # the same in tf-keras, eager as TF2 is by default
    def call(self, hidden):
        self.add_loss(0.01 * tf.reduce_mean(tf.square(hidden)))
        return hidden


tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = tf.keras.Input(shape=(3,))
hidden = ActivityPenalty()(tf.keras.layers.Dense(4)(inputs))
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(hidden))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss="mse")
h = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(h[-1])), "| decreased:", h[-1] < h[0])
# --8<-- [end:tf_keras]

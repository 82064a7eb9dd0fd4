# tf.cond and tf.map_fn in tf-keras (Keras 2): run with TF_USE_LEGACY_KERAS=1. Complete scripts.

# --8<-- [start:cond_functional]
import tensorflow as tf

inputs = tf.keras.Input(shape=(3,))
hidden = tf.keras.layers.Dense(3)(inputs)
tf.cond(tf.reduce_sum(hidden) > 0, lambda: hidden * 2, lambda: hidden)  # on a KerasTensor
# --8<-- [end:cond_functional]

# --8<-- [start:map_fn_functional]
import tensorflow as tf

inputs = tf.keras.Input(shape=(3,))
tf.map_fn(lambda row: row * 2, inputs)
# --8<-- [end:map_fn_functional]

# --8<-- [start:in_a_layer]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


class DoubleIfPositive(tf.keras.layers.Layer):
    def call(self, h):  # h: this batch's graph tensor
        h = tf.cond(tf.reduce_sum(h) > 0, lambda: h * 2, lambda: h)
        return tf.map_fn(lambda row: row * 2, h)


inputs = tf.keras.Input(shape=(3,))
hidden = DoubleIfPositive()(tf.keras.layers.Dense(3)(inputs))
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(hidden))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:in_a_layer]

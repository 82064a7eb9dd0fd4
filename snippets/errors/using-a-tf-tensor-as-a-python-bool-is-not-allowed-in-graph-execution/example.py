# --8<-- [start:reproduce]
import tensorflow as tf


def to_unit_range(x):
    if tf.reduce_max(x) > 1.0:  # values in 0-255: scale them
        return x / 255.0
    return x


inputs = tf.keras.Input(shape=(3,))
scaled = to_unit_range(inputs)
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import numpy as np
import tensorflow as tf


def to_unit_range(x):
    # one op that chooses per batch, instead of a Python `if` run once, at model building
    return tf.where(tf.reduce_max(x) > 1.0, x / 255.0, x)


tf.random.set_seed(0)
inputs = tf.keras.Input(shape=(3,))
outputs = tf.keras.layers.Dense(1)(to_unit_range(inputs))
model = tf.keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="mse")

x = np.random.default_rng(0).uniform(0, 255, size=(32, 3)).astype("float32")
y = (x / 255.0).sum(axis=1, keepdims=True)
losses = model.fit(x, y, epochs=5, verbose=0).history["loss"]
print(f"finite: {np.isfinite(losses).all()} | decreased: {losses[-1] < losses[0]}")
# --8<-- [end:fix]

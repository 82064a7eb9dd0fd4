# --8<-- [start:reproduce]
import tensorflow as tf

inputs = tf.keras.Input(shape=(3,))
dense = tf.keras.layers.Dense(1)
outputs = dense(tf.zeros((1, 3)))  # called on a dummy batch to build it, not on `inputs`
model = tf.keras.Model(inputs, outputs)
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
inputs = tf.keras.Input(shape=(3,))
outputs = tf.keras.layers.Dense(1)(inputs)  # the layer called on the model's input
model = tf.keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="mse")
x = np.random.default_rng(0).normal(size=(32, 3)).astype("float32")
y = x.sum(axis=1, keepdims=True)
losses = model.fit(x, y, epochs=5, verbose=0).history["loss"]
print(f"finite: {np.isfinite(losses).all()} | decreased: {losses[-1] < losses[0]}")
# --8<-- [end:fix]

# --8<-- [start:reproduce]
import numpy as np
import tensorflow as tf

inputs = tf.keras.Input(shape=(3,))
scaled = np.log1p(inputs)  # a NumPy function on a tensor of the model being built
outputs = tf.keras.layers.Dense(1)(scaled)
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
inputs = tf.keras.Input(shape=(3,))
scaled = tf.math.log1p(inputs)  # a TensorFlow op: tf.keras records it as a layer of the model
outputs = tf.keras.layers.Dense(1)(scaled)
model = tf.keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="mse")

x = np.random.default_rng(0).uniform(0, 10, size=(32, 3)).astype("float32")
y = np.log1p(x).sum(axis=1, keepdims=True)
losses = model.fit(x, y, epochs=5, verbose=0).history["loss"]
print(f"finite: {np.isfinite(losses).all()} | decreased: {losses[-1] < losses[0]}")
# --8<-- [end:fix]

# Runs on TensorFlow 2.3 and 2.5 (Python 3.8, built-in tf.keras), Keras 3 and tf-keras.
# --8<-- [start:reproduce]
import tensorflow as tf

inputs = tf.keras.Input(shape=(10, 3))  # 10 time steps of 3 features
steps = len(inputs[0])  # meant to be 10
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
inputs = tf.keras.Input(shape=(10, 3))
steps = inputs.shape[1]  # the static shape, known while the model is built
print("steps:", steps)
flat = tf.keras.layers.Reshape((steps * 3,))(inputs)
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(flat))
model.compile(optimizer="adam", loss="mse")
x = np.random.default_rng(0).normal(size=(32, 10, 3)).astype("float32")
y = x.sum(axis=(1, 2))[:, None]
losses = model.fit(x, y, epochs=5, verbose=0).history["loss"]
print(f"finite: {np.isfinite(losses).all()} | decreased: {losses[-1] < losses[0]}")
# --8<-- [end:fix]

# Runs with TF_USE_LEGACY_KERAS=1 (`tf.keras` is tf-keras) and on TensorFlow 2.5 (Python 3.8).
# --8<-- [start:reproduce]
import tensorflow as tf

inputs = tf.keras.Input(shape=(3,))
hidden = tf.keras.layers.Dense(8, activation="relu")(inputs)
outputs = tf.keras.layers.Dense(1)  # the layer, never called on `hidden`
model = tf.keras.Model(inputs, outputs)
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import numpy as np
import tensorflow as tf

tf.random.set_seed(0)  # TensorFlow 2.7 and later: tf.keras.utils.set_random_seed(0)
x = np.random.default_rng(0).random((64, 3)).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = tf.keras.Input(shape=(3,))
hidden = tf.keras.layers.Dense(8, activation="relu")(inputs)
outputs = tf.keras.layers.Dense(1)(hidden)  # calling the layer returns a KerasTensor
model = tf.keras.Model(inputs, outputs)
print(type(outputs).__name__, outputs.shape)
model.compile(optimizer="adam", loss="mse")
history = model.fit(x, y, epochs=5, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]

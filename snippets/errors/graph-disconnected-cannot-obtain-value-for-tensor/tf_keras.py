# Runs with TF_USE_LEGACY_KERAS=1 (`tf.keras` is tf-keras) and on TensorFlow 2.3 and 2.5 (Python 3.8).
# --8<-- [start:reproduce]
import tensorflow as tf

first = tf.keras.Input(shape=(3,), name="first")
second = tf.keras.Input(shape=(2,), name="second")
merged = tf.keras.layers.Concatenate()([first, second])
outputs = tf.keras.layers.Dense(1)(merged)
model = tf.keras.Model(first, outputs)  # `second` is missing from the inputs
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import numpy as np
import tensorflow as tf

tf.random.set_seed(0)  # TensorFlow 2.7 and later: tf.keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x1 = rng.random((64, 3)).astype("float32")
x2 = rng.random((64, 2)).astype("float32")
y = x1.sum(axis=1, keepdims=True) - x2.sum(axis=1, keepdims=True)

first = tf.keras.Input(shape=(3,), name="first")
second = tf.keras.Input(shape=(2,), name="second")
merged = tf.keras.layers.Concatenate()([first, second])
outputs = tf.keras.layers.Dense(1)(merged)
model = tf.keras.Model([first, second], outputs)  # every Input the outputs depend on
model.compile(optimizer="adam", loss="mse")
history = model.fit([x1, x2], y, epochs=5, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]

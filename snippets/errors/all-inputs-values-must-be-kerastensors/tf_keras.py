# Runs with TF_USE_LEGACY_KERAS=1 (`tf.keras` is tf-keras) and on TensorFlow 2.3 and 2.5 (Python 3.8).
# --8<-- [start:reproduce]
import numpy as np
import tensorflow as tf

x = np.zeros((2, 3), "float32")  # two samples of data
outputs = tf.keras.layers.Dense(1)(tf.keras.Input(shape=(3,)))
model = tf.keras.Model(x, outputs)  # the data passed where the Input goes
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import numpy as np
import tensorflow as tf

tf.random.set_seed(0)  # TensorFlow 2.7 and later: tf.keras.utils.set_random_seed(0)
x = np.random.default_rng(0).random((64, 3)).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = tf.keras.Input(shape=(3,))
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(inputs))
model.compile(optimizer="adam", loss="mse")
history = model.fit(x, y, epochs=5, batch_size=16, verbose=0)  # the data goes to fit
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]

# Runs with TF_USE_LEGACY_KERAS=1: `tf.keras` is tf-keras (Keras 2).
# --8<-- [start:reproduce]
import tensorflow as tf

model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])
clone = tf.keras.models.clone_model(model, input_tensors=tf.keras.layers.InputLayer(input_shape=(3,)))
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])
clone = tf.keras.models.clone_model(model, input_tensors=tf.keras.Input(shape=(3,)))
print(type(clone).__name__, clone.input_shape)
clone.compile(optimizer="adam", loss="mse")
history = clone.fit(x, y, epochs=5, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]

# Lambda layers, tf-keras (TF_USE_LEGACY_KERAS=1): set_shape on the tensor tf.py_function returns.

# --8<-- [start:set_shape]
import numpy as np
import tensorflow as tf


def numpy_log1p(t):
    return np.log1p(t.numpy())


def log1p_in_python(t):
    out = tf.py_function(numpy_log1p, [t], tf.float32)
    out.set_shape(t.shape)  # the graph tensor's static shape: what tf-keras builds on
    return out


tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = np.log1p(x).sum(axis=1, keepdims=True)

inputs = tf.keras.Input(shape=(3,))
logs = tf.keras.layers.Lambda(log1p_in_python)(inputs)
print("Lambda output:", logs.shape)
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(logs))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:set_shape]

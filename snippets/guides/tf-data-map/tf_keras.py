# tf.data map functions, tf-keras (TF_USE_LEGACY_KERAS=1). Each block is a complete script.

# --8<-- [start:no_set_shape]
import numpy as np
import tensorflow as tf


def numpy_log1p(features):  # runs in Python, on each element's values
    return np.log1p(features.numpy())


tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = np.log1p(x).sum(axis=1, keepdims=True)
dataset = tf.data.Dataset.from_tensor_slices((x, y))
dataset = dataset.map(lambda features, target: (tf.py_function(numpy_log1p, [features], tf.float32), target))
print(dataset.element_spec[0])

inputs = tf.keras.Input(shape=(3,))
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(inputs))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
losses = model.fit(dataset.batch(16), epochs=3, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:no_set_shape]

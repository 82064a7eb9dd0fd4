# tf.data map functions, Keras 3 on TensorFlow. Each block is a complete script.

# --8<-- [start:no_set_shape]
import keras
import numpy as np
import tensorflow as tf


def numpy_log1p(features):  # runs in Python, on each element's values
    return np.log1p(features.numpy())


x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
dataset = tf.data.Dataset.from_tensor_slices((x, y))
dataset = dataset.map(lambda features, target: (tf.py_function(numpy_log1p, [features], tf.float32), target))
print(dataset.element_spec[0])

inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(inputs))
model.compile(optimizer="adam", loss="mean_squared_error")
model.fit(dataset.batch(16), epochs=3, verbose=0)
# --8<-- [end:no_set_shape]

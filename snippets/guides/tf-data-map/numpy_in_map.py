# tf.data map functions: .numpy() in a map function (TensorFlow; the same with any Keras).

# --8<-- [start:numpy]
import numpy as np
import tensorflow as tf

x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
dataset = tf.data.Dataset.from_tensor_slices((x, y))
dataset = dataset.map(lambda features, target: (np.log1p(features.numpy()), target))
# --8<-- [end:numpy]

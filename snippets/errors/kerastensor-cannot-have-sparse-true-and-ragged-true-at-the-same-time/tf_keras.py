# --8<-- [start:reproduce]
import tf_keras

inputs = tf_keras.Input(shape=(3,), sparse=True, ragged=True)
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import numpy as np
import tensorflow as tf
import tf_keras

tf_keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
x[x < 0.5] = 0.0  # mostly zeros: worth storing sparse
y = x.sum(axis=1, keepdims=True)

inputs = tf_keras.Input(shape=(3,), sparse=True)
model = tf_keras.Model(inputs, tf_keras.layers.Dense(1)(inputs))
model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(tf.sparse.from_dense(x), y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("sparse:", isinstance(inputs.type_spec, tf.SparseTensorSpec))
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]

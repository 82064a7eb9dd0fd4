# --8<-- [start:fix]
import numpy as np
import tensorflow as tf
import tf_keras

tf_keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def flat_mse(y_true, y_pred):
    flat_true, flat_pred = tf.reshape(y_true, (-1,)), tf.reshape(y_pred, (-1,))
    return tf.reduce_mean(tf.square(flat_true - flat_pred))


model = tf_keras.Sequential([tf_keras.Input(shape=(3,)), tf_keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=flat_mse)
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]

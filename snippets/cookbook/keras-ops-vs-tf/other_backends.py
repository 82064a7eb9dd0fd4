# --8<-- [start:tf_loss]
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def huber_tf(y_true, y_pred, delta=1.0):
    error = tf.abs(y_true - y_pred)
    quadratic = 0.5 * tf.square(error)
    linear = delta * (error - 0.5 * delta)
    return tf.reduce_mean(tf.where(error <= delta, quadratic, linear), axis=-1)


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss=huber_tf)
try:
    model.fit(x, y, epochs=3, batch_size=16, verbose=0)
except Exception as error:
    print(keras.backend.backend(), "|", type(error).__name__)
    print(str(error).splitlines()[0])
# --8<-- [end:tf_loss]

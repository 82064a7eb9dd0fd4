# --8<-- [start:build_time_tf]
import numpy as np
import tensorflow as tf  # with TF_USE_LEGACY_KERAS=1 set first, tf.keras is tf-keras

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = tf.keras.Input(shape=(3,))
softened = tf.nn.softplus(inputs)  # no error: tf-keras records the op as a layer
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(softened))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print(type(softened).__name__, softened.shape)
print([type(layer).__name__ for layer in model.layers])
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:build_time_tf]

# --8<-- [start:backend]
import numpy as np
import tensorflow as tf  # with TF_USE_LEGACY_KERAS=1 set first, tf.keras is tf-keras

K = tf.keras.backend  # tf-keras's backend functions: the Keras 2 spelling of many keras.ops


def huber_backend(y_true, y_pred, delta=1.0):
    error = K.abs(y_true - y_pred)
    quadratic = 0.5 * K.square(error)
    linear = delta * (error - 0.5 * delta)
    return K.mean(K.switch(error <= delta, quadratic, linear), axis=-1)


def huber_tf(y_true, y_pred, delta=1.0):
    error = tf.abs(y_true - y_pred)
    quadratic = 0.5 * tf.square(error)
    linear = delta * (error - 0.5 * delta)
    return tf.reduce_mean(tf.where(error <= delta, quadratic, linear), axis=-1)


y_true = np.array([[1.0], [2.0], [3.0]], "float32")
y_pred = np.array([[1.5], [0.0], [3.1]], "float32")
print("tf.keras.backend has:", [name for name in ["abs", "square", "mean", "switch"] if hasattr(K, name)])
print("same values as tf.*:", np.allclose(huber_backend(y_true, y_pred), huber_tf(y_true, y_pred)))
# --8<-- [end:backend]

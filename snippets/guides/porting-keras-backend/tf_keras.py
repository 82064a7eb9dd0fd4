# --8<-- [start:keras2_trains]
import numpy as np
import tensorflow as tf
from tensorflow.keras import backend as K  # TF_USE_LEGACY_KERAS=1: tf-keras's backend, all of it


def rmse(y_true, y_pred):
    return K.sqrt(K.mean(K.square(y_pred - y_true), axis=-1) + K.epsilon())


tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
model = tf.keras.Sequential([tf.keras.Input((3,)), tf.keras.layers.Dense(1)])
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss=rmse)
h = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(h[-1])), "| decreased:", h[-1] < h[0])
print("K.function:", hasattr(K, "function"), "| K.get_session:", hasattr(K, "get_session"))
print("tf.compat.v1.keras.backend.get_session:", hasattr(tf.compat.v1.keras.backend, "get_session"))
# --8<-- [end:keras2_trains]

# --8<-- [start:import_keras]
import keras  # TF_USE_LEGACY_KERAS=1 changes tf.keras, not this: keras is still Keras 3
import keras.backend as K

print("keras is Keras 3:", keras.__version__.startswith("3."))
mean = K.mean
# --8<-- [end:import_keras]

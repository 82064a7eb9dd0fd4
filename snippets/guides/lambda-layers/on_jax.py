# Lambda layers, Keras 3 on JAX (KERAS_BACKEND=jax): a TensorFlow op in a Lambda.

# --8<-- [start:tf_op_jax]
import keras
import tensorflow as tf

print(keras.backend.backend())
inputs = keras.Input(shape=(3,))
logs = keras.layers.Lambda(lambda t: tf.math.log1p(t))(inputs)
# --8<-- [end:tf_op_jax]

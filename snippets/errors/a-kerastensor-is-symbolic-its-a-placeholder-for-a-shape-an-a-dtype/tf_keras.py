# --8<-- [start:reproduce]
import numpy as np
import tf_keras

inputs = tf_keras.Input(shape=(3,))
logs = np.log1p(inputs)  # a NumPy function on a KerasTensor
# --8<-- [end:reproduce]

# --8<-- [start:float]
import tensorflow as tf
import tf_keras

inputs = tf_keras.Input(shape=(3,))
mean = float(tf.reduce_mean(inputs))  # to center the inputs
# --8<-- [end:float]

# --8<-- [start:reproduce]
import tensorflow as tf

x = tf.ones((2, 3))
flat = x.reshape((3, 2))  # a NumPy array's method
# --8<-- [end:reproduce]

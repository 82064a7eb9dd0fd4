# The TensorFlow 1 line, as old tutorials and Keras 2.2-era code have it: it fails the same way
# under Keras 3 and tf-keras (the attribute is TensorFlow's).
# --8<-- [start:reproduce]
import tensorflow as tf

features = tf.placeholder(tf.float32, shape=(None, 3))
# --8<-- [end:reproduce]

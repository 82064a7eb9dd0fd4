# The TensorFlow 1 line moved to tf.compat.v1, as automatic upgrades (tf_upgrade_v2) rewrite it: it
# fails the same way under Keras 3 and tf-keras (the function is TensorFlow's).
# --8<-- [start:reproduce]
import tensorflow as tf

features = tf.compat.v1.placeholder(tf.float32, shape=(None, 3))
# --8<-- [end:reproduce]

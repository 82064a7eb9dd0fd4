# The TensorFlow 1 lines, as old tutorials have them: they fail the same way under Keras 3 and
# tf-keras (the attribute is TensorFlow's).
# --8<-- [start:reproduce]
import tensorflow as tf

product = tf.constant(2.0) * 3
with tf.Session() as sess:
    print(sess.run(product))
# --8<-- [end:reproduce]

# TensorFlow 1 code (tf.compat.v1): it fails the same way under Keras 3, tf-keras and TensorFlow 2.3
# (the error is TensorFlow's).
# --8<-- [start:reproduce]
import tensorflow as tf

graph = tf.Graph()
with graph.as_default():
    total = tf.constant(2.0) * 3

with tf.Graph().as_default():  # a new graph, as after tf.compat.v1.reset_default_graph()
    offset = tf.constant(1.0)
    print(total + offset)
# --8<-- [end:reproduce]
# --8<-- [start:same_graph]
import tensorflow as tf

graph = tf.Graph()
with graph.as_default():
    total = tf.constant(2.0) * 3
    offset = tf.constant(1.0)  # built in the same graph
    result = total + offset

with tf.compat.v1.Session(graph=graph) as session:
    print(session.run(result))
# --8<-- [end:same_graph]

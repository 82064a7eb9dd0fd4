# TensorFlow 1 code (tf.compat.v1): it fails the same way under Keras 3, tf-keras and TensorFlow 2.3
# and 2.5 (the error is TensorFlow's).
# --8<-- [start:reproduce]
import tensorflow as tf

graph = tf.Graph()
with graph.as_default():
    total = tf.constant(2.0) * 3  # built in `graph`

with tf.Graph().as_default():  # another graph, as in another thread or after clear_session()
    tf.constant(0.0)
    with tf.compat.v1.Session() as session:  # a session of that other graph
        print(session.run(total))
# --8<-- [end:reproduce]
# --8<-- [start:operation]
import tensorflow as tf

graph = tf.Graph()
with graph.as_default():
    total = tf.constant(2.0) * 3

with tf.Graph().as_default():
    tf.constant(0.0)
    with tf.compat.v1.Session() as session:
        session.run(total.op)  # an operation of `graph`, not a tensor
# --8<-- [end:operation]
# --8<-- [start:same_graph]
import tensorflow as tf

graph = tf.Graph()
with graph.as_default():
    total = tf.constant(2.0) * 3

with tf.compat.v1.Session(graph=graph) as session:  # the session of the tensor's graph
    print(session.run(total))
# --8<-- [end:same_graph]

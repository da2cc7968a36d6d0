using System;
using System.Collections.Generic;
using TaskDefKit.Builders.Description;
using TaskDefKit.Model;
using TaskDefKit.Placement.Cql;

namespace TaskDefKit.Placement
{
    /// <summary>
    /// Fluent authoring of a service or RunTask placement. Strategies are kept in the order they are added, which is the
    /// order ECS applies them. The common cases are one line each:
    /// <code>
    /// PlacementBuilder.Create().BinpackMemory().Build();
    /// PlacementBuilder.Create().SpreadAcrossZones().BinpackMemory().Build();
    /// PlacementBuilder.Create().SpreadAcrossZones().SpreadAcrossInstances().Build();
    /// PlacementBuilder.Create().DistinctInstance().Build();
    /// PlacementBuilder.Create().MemberOf(Cql.Attribute(EcsAttributes.InstanceType).Matches("t2.*")).Build();
    /// </code>
    /// </summary>
    public sealed class PlacementBuilder
    {
        /// <summary><c>instanceId</c>: spread over container instances.</summary>
        public const string InstanceId = "instanceId";

        /// <summary><c>host</c>: same effect as <c>instanceId</c>.</summary>
        public const string Host = "host";

        /// <summary><c>cpu</c>: binpack by CPU.</summary>
        public const string Cpu = "cpu";

        /// <summary><c>memory</c>: binpack by memory.</summary>
        public const string Memory = "memory";

        private readonly List<PlacementStrategy> _strategies = new List<PlacementStrategy>();
        private readonly List<PlacementConstraint> _constraints = new List<PlacementConstraint>();

        private PlacementBuilder()
        {
        }

        public static PlacementBuilder Create() => new PlacementBuilder();

        /// <summary>Strategy <c>random</c>.</summary>
        [Adds("placementStrategy", "type='random'")]
        public PlacementBuilder Random() => Strategy(PlacementStrategyType.Random, null);

        /// <summary>Strategy <c>spread</c> on a field: <see cref="InstanceId"/>, <see cref="Host"/> or <c>attribute:&lt;name&gt;</c>.</summary>
        [Adds("placementStrategy", "type='spread'", "field=field")]
        public PlacementBuilder Spread(string field) => Strategy(PlacementStrategyType.Spread, field ?? throw new ArgumentNullException(nameof(field)));

        /// <summary>Strategy <c>spread</c> on <c>attribute:&lt;name&gt;</c> (see <see cref="EcsAttributes"/>).</summary>
        [Adds("placementStrategy", "type='spread'", "field='attribute:'+attributeName")]
        public PlacementBuilder SpreadByAttribute(string attributeName) => Spread("attribute:" + attributeName);

        /// <summary>Strategy <c>spread</c> on <c>attribute:ecs.availability-zone</c>.</summary>
        [Adds("placementStrategy", "type='spread'", "field='attribute:" + EcsAttributes.AvailabilityZone + "'")]
        public PlacementBuilder SpreadAcrossZones() => SpreadByAttribute(EcsAttributes.AvailabilityZone);

        /// <summary>Strategy <c>spread</c> on <c>instanceId</c>.</summary>
        [Adds("placementStrategy", "type='spread'", "field='" + InstanceId + "'")]
        public PlacementBuilder SpreadAcrossInstances() => Spread(InstanceId);

        /// <summary>Strategy <c>binpack</c> on <c>memory</c>.</summary>
        [Adds("placementStrategy", "type='binpack'", "field='" + Memory + "'")]
        public PlacementBuilder BinpackMemory() => Strategy(PlacementStrategyType.Binpack, Memory);

        /// <summary>Strategy <c>binpack</c> on <c>cpu</c>.</summary>
        [Adds("placementStrategy", "type='binpack'", "field='" + Cpu + "'")]
        public PlacementBuilder BinpackCpu() => Strategy(PlacementStrategyType.Binpack, Cpu);

        /// <summary>Constraint <c>distinctInstance</c>: each task of the group on a different instance.</summary>
        [Adds("placementConstraints", "type='distinctInstance'")]
        public PlacementBuilder DistinctInstance()
        {
            _constraints.Add(new PlacementConstraint { Type = PlacementConstraintType.DistinctInstance });
            return this;
        }

        /// <summary>Constraint <c>memberOf</c> with a built cluster query.</summary>
        [Adds("placementConstraints", "type='memberOf'", Unreadable = new[] { "expression" })]
        public PlacementBuilder MemberOf(CqlExpression expression) => MemberOf(expression.ToString());

        /// <summary>Constraint <c>memberOf</c> with a cluster query string (checked when validated).</summary>
        [Adds("placementConstraints", "type='memberOf'", "expression=expression")]
        public PlacementBuilder MemberOf(string expression)
        {
            _constraints.Add(new PlacementConstraint { Type = PlacementConstraintType.MemberOf, Expression = expression ?? throw new ArgumentNullException(nameof(expression)) });
            return this;
        }

        /// <summary>The placement; only the lists that have entries are set.</summary>
        public PlacementDocument Build() => new PlacementDocument
        {
            PlacementStrategy = _strategies.Count > 0 ? new List<PlacementStrategy>(_strategies) : null,
            PlacementConstraints = _constraints.Count > 0 ? new List<PlacementConstraint>(_constraints) : null,
        };

        /// <summary>The placement as JSON (<see cref="PlacementJson.Serialize"/>).</summary>
        public string ToJson(bool indented = true) => PlacementJson.Serialize(Build(), indented);

        /// <summary>A task-definition constraint (memberOf is the only type task definitions take).</summary>
        public static TaskDefinitionPlacementConstraint TaskDefinitionMemberOf(CqlExpression expression) =>
            new TaskDefinitionPlacementConstraint { Type = TaskDefinitionPlacementConstraintType.MemberOf, Expression = Guard.NotNull(expression, nameof(expression)).ToString() };

        private PlacementBuilder Strategy(PlacementStrategyType type, string? field)
        {
            _strategies.Add(new PlacementStrategy { Type = type, Field = field });
            return this;
        }
    }
}
